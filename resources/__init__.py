"""Icons, translations and the desktop file, shipped inside the package."""
