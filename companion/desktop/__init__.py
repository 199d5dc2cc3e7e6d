"""The companion on the user's desktop: started with their session (autostart.py), started and
paired by the browser through native messaging (native_host.py), installed and removed in one
command (registration.py)."""
