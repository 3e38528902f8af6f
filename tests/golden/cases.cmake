# Golden cases: gongkai_golden_test(<name> <exit> <expected file> <args>...)
