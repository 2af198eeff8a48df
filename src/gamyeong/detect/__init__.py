"""Detection of personal data: detectors, one-pass pattern scanning, overlap resolution, the analyzer."""

from __future__ import annotations

from gamyeong.detect.analyzer import DEFAULT_THRESHOLD, Analyzer
from gamyeong.detect.base import Detector, Document
from gamyeong.detect.custom import CustomRules, load_custom_rules

__all__ = ["DEFAULT_THRESHOLD", "Analyzer", "CustomRules", "Detector", "Document", "load_custom_rules"]
