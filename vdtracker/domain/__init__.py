"""Pure domain rules: units, ranges, schedules, adherence, symptoms and alert wording."""
