#pragma once

#include "diplograph/result.h"

#include <filesystem>
#include <functional>
#include <ostream>

namespace diplograph::core {

// Writes `path` through `write`. "-" is standard output. A regular file (also behind a symlink) or an absent
// path is replaced atomically: a uniquely named temporary in the same folder, with the target's mode, renamed
// over it, so a failed write leaves the old content. Anything else (a device such as /dev/null, a FIFO) is
// written through, never replaced. Io with the cause ("No space left on device", "Is a directory") on failure.
[[nodiscard]] Result<void> writeOutputFile(const std::filesystem::path& path,
                                           const std::function<Result<void>(std::ostream&)>& write);

} // namespace diplograph::core
