"""slowthink: verified slow-reasoning traces as fine-tuning data.

    import slowthink
    slowthink.tasks()
    record = next(slowthink.generate("arithmetic.mul", 1, seed=0, digits=4))
    slowthink.verify("arithmetic.mul", record["problem"], record["answer"])
"""

from slowthink import rewards
from slowthink.api import generate, label_steps, solve, tasks, verify, verify_completion

__version__ = "0.1.0"
__all__ = ["tasks", "generate", "solve", "verify", "verify_completion", "label_steps", "rewards", "__version__"]
