"""solvers of every task family; one module per family."""
