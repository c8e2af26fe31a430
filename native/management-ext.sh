#!/usr/bin/env bash
# Adds the JDK's libmanagement_ext (the natives of com.sun.management.internal.OperatingSystemImpl) to the
# stand-in GraalVM that ../shared/native-kit builds. The kit ships libjava, libnio, libnet, libzip and
# libextnet only; Caretaker's process and system metrics (Micrometer: CPU usage, open file descriptors)
# need this one too, or the native image does not link. Built the kit's way: the kit's JDK 17 sources,
# compiled against JDK 25's JNI. Idempotent; needs GRAALVM_HOME and the kit's cache (NATIVE_KIT_HOME).
set -euo pipefail
kit=${NATIVE_KIT_HOME:-$HOME/.cache/native-kit}
graal=${GRAALVM_HOME:-$kit/graalvm}
out=$graal/lib/static/linux-amd64/glibc/libmanagement_ext.a
[ -f "$out" ] && { echo "libmanagement_ext.a present: $out"; exit 0; }
tarball=$(ls "$kit"/src/download/openjdk-17_*.orig.tar.xz 2>/dev/null | head -n 1)
[ -n "$tarball" ] || { echo "No JDK 17 sources under $kit/src/download: run ../shared/native-kit/setup.sh first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xJf "$tarball" -C "$work" --wildcards --strip-components=1 \
  '*/src/jdk.management/share/native/libmanagement_ext/management_ext.h' \
  '*/src/jdk.management/unix/native/libmanagement_ext/OperatingSystemImpl.c' \
  '*/src/jdk.management/linux/native/libmanagement_ext/UnixOperatingSystem.c'
src=$kit/build/jdknative-src
# The JNI prototypes javac -h would write; JDK 25 declares the same natives with the same signatures as 17.
cat > "$work/com_sun_management_internal_OperatingSystemImpl.h" <<'C'
#include <jni.h>
C
# The kit's libjava already defines OperatingSystemImpl.initialize0 (empty); ours is renamed out of the way
# and the page size it would set is set when the image starts instead.
cat > "$work/os_impl.c" <<'C'
#define Java_com_sun_management_internal_OperatingSystemImpl_initialize0 caretaker_unused_OperatingSystemImpl_initialize0
#include "OperatingSystemImpl.c"
__attribute__((constructor)) static void caretaker_page_size(void) { page_size = sysconf(_SC_PAGESIZE); }
C
# management_ext.c is left out: it needs the JVM's management interface (JVM_GetManagement), which native
# images do not have; its one helper used here is written below.
cat > "$work/management_ext_helpers.c" <<'C'
#include <jni.h>
void throw_internal_error(JNIEnv *env, const char *msg) {
    jclass internal = (*env)->FindClass(env, "java/lang/InternalError");
    if (internal != NULL) (*env)->ThrowNew(env, internal, msg);
}
C
inc=(-I"$work" -I"$work/src/jdk.management/share/native/libmanagement_ext" -I"$work/src/jdk.management/unix/native/libmanagement_ext"
     -I"$kit/src/jnihdr" -I"$graal/include" -I"$graal/include/linux" -I"$src/include/hotspot"
     -I"$src/include/hotspot-posix" -I"$src/libjava/share" -I"$src/libjava/unix")
flags=(-O2 -g0 -fPIC -fno-strict-aliasing -pipe -w -std=gnu11 -ffunction-sections -fdata-sections -DSTATIC_BUILD=1
       -D_GNU_SOURCE -D_REENTRANT -D_LARGEFILE64_SOURCE -DLINUX -D_LP64=1 -DNDEBUG -DLIBRARY_NAME=management_ext)
for f in "$work/os_impl.c" "$work/src/jdk.management/linux/native/libmanagement_ext/UnixOperatingSystem.c" \
         "$work/management_ext_helpers.c"; do
  gcc "${flags[@]}" "${inc[@]}" -I"$work/src/jdk.management/unix/native/libmanagement_ext" -c "$f" -o "$work/$(basename "${f%.c}").o"
done
ar rcs "$out" "$work"/*.o
echo "built $out: $(nm "$out" | grep -c ' T Java_') JNI functions"
