"""PLOVER events and statements: who did what to whom, when and where."""

from rasad.events.extract import annotate_events
from rasad.events.statements import annotate_statements

__all__ = ["annotate_events", "annotate_statements"]
