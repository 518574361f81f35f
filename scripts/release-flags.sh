# Sourced by the scripts that build a release kresba (scripts/install.sh, scripts/render-gallery.sh,
# Benchmarks/run.sh), so that they all build the same binary. Measured in Benchmarks/README.md,
# "Start-up":
# - --static-swift-stdlib: the Swift runtime and Foundation are linked in instead of loaded as ~15
#   shared libraries; the dynamic loader's symbol lookups and relocations were a fifth of a render.
# - lld (shipped with the Swift toolchain) with packed relative relocations (DT_RELR, glibc >= 2.36,
#   Debian 12): the static binary's 79,000 relocations take 15 KB instead of 1.9 MB to read at
#   every start, about 1.5 MB less resident memory. gold, the default linker, cannot pack them.
# - --disable-local-rpath: no $ORIGIN run path. With the Swift libraries linked in there is nothing
#   to find beside the binary, and the loader would look there first for each of the 14 C libraries.
release_flags=(
  --static-swift-stdlib -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs
  --disable-local-rpath
)
