"""The frozen build: the resource helper from source and from a bundle layout, the console encoding."""
