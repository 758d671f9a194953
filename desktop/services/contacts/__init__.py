"""Contacts that are not a repair: consultations (咨询) and quality problem feedback to HQ (质量问题反馈单)."""
