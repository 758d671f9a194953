"""Consultations (咨询) and quality feedback to HQ (质量问题反馈单): their lists, dialogs and the area builder."""
