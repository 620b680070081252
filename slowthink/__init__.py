"""slowthink: verified slow-reasoning traces as fine-tuning data.

    import slowthink
    slowthink.tasks()
    record = next(slowthink.generate("arithmetic.mul", 1, seed=0, digits=4))
    slowthink.verify("arithmetic.mul", record["problem"], record["answer"])
"""

from slowthink.api import generate, label_steps, solve, tasks, verify

__version__ = "0.1.0"
__all__ = ["tasks", "generate", "solve", "verify", "label_steps", "__version__"]
