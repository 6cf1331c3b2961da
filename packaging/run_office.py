from intake_app.cli.office import main

raise SystemExit(main())
