"""What the screens decide about studying, without Qt: which lesson to continue, what comes next,
and when a lesson counts as finished."""
