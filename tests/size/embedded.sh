# Shared by tests/size/run.sh and bench/size: the object a skeleton embeds.
#
# embedded_object SKEL OUT: decodes the string literal of SKEL's
# *__elf_bytes() into the file OUT (the bytes a module ships).
embedded_object() {
	local s
	s=$(sed -n '/__elf_bytes(size_t \*sz)$/,/^";$/p' "$1" | sed '1,3d;$d' | tr -d '\\\n' |
		sed 's/x/\\x/g')
	printf '%b' "$s" >"$2"
}
