import sys

from outreach.cli import main

sys.exit(main())
