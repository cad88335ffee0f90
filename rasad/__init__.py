"""rasad (رصد): Persian news → a traceable record of who did what to whom, when and where."""

__version__ = "0.1.0"
