"""Calendar invites (.ics): split into blocks, zones resolved, repeats expanded, interviews recognised."""
