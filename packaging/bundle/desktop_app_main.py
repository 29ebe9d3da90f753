"""The frozen program's entry point (PyInstaller): the same `main()` as `desktop-app`."""

from desktop_app.cli import main

raise SystemExit(main())
