from intake_app.cli.liaison import main

raise SystemExit(main())
