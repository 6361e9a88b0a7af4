"""The domain of Làng Mới: entities, rules, progress queries and use cases. No Qt, no file formats."""
