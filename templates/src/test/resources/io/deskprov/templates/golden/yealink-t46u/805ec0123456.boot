#!version:1.0.0.1
# deskprov: T46U 805ec0123456
include:config "y000000000108.cfg"
include:config "805ec0123456.cfg"
overwrite_mode = 1
