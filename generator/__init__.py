"""The pipeline that turns openapi/aiwyn.yaml into the installable package in generated/.

Run it as ``python -m generator <command>``; ``python -m generator --help`` lists the commands.
"""

from generator import decode_plans, lean_parse, reserved

reserved.apply()
lean_parse.apply()
decode_plans.apply()
