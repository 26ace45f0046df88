# progress.bash: the progress lines of scripts/build-gopls.sh and
# scripts/build-golangci.sh, sourced by both after they set step_tag.
# Each line goes to standard error and starts with the tag and the time
# since the script started, so no step of a build is silent for long.

# step prints one line: "TAG: [m:ss] MESSAGE".
step() { printf '%s: [%d:%02d] %s\n' "$step_tag" $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

# compile_progress TOTAL MAIN reads the output of go build -v (the packages it
# compiles, one a line, as each starts; the main package MAIN last) and prints
# a step per 100 packages and one when MAIN starts (its compile and the link
# follow). Any other line, such as a compile error, goes through as it is.
compile_progress() {
	local total=$1 main=$2 n=0 line
	while IFS= read -r line; do
		if [[ $line =~ ^[A-Za-z0-9_.~/+-]+$ ]]; then
			n=$((n + 1))
			if [ "$line" = "$main" ]; then
				step "compiling $main and linking ($n packages compiled)"
			elif [ $((n % 100)) = 0 ]; then
				step "compiling: $n of at most $total packages"
			fi
		else
			printf '%s\n' "$line" >&2
		fi
	done
}
