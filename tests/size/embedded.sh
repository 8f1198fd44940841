# Shared by tests/size/run.sh and bench/size: the object a skeleton embeds.
#
# embedded_object SKEL OUT: decodes the string literal of SKEL's
# *__elf_bytes() into the file OUT (the bytes a module ships).
embedded_object() {
	local s
	# from the line after `data[] = "\` to the one that ends in `";`
	s=$(sed -n '/__elf_bytes(size_t \*sz)$/,/";$/p' "$1" | sed '1,3d' | tr -d '\\\n' |
		sed 's/";$//; s/x/\\x/g')
	printf '%b' "$s" >"$2"
}
