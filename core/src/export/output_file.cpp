// Output files that are never half-written and never replace what is not a regular file (issue 11).
#include "diplograph/output_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace diplograph::core {

namespace {

namespace fs = std::filesystem;

Error ioError(const fs::path& path, int error)
{
    return fail(ErrorCode::Io, "cannot write " + path.string() + ": " + std::strerror(error));
}

Result<void> finish(std::ostream& out, const fs::path& path, Result<void> written)
{
    if (!written) {
        // The writers only see a failed stream; the cause is in errno ("writing the GraphML export failed").
        if (written.error().code == ErrorCode::Io && !out && errno != 0) {
            return fail(ErrorCode::Io, written.error().message + ": " + std::strerror(errno));
        }
        return written;
    }
    out.flush();
    if (!out) {
        return ioError(path, errno != 0 ? errno : EIO);
    }
    return {};
}

// A temporary beside `target` created with O_EXCL, so an existing OUT.part (or a second exporter) is never
// clobbered; the mode is the target's, or what the umask gives a new file.
Result<fs::path> createTemporary(const fs::path& target, const struct stat* existing)
{
    static std::atomic<unsigned> counter{0};
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = folder / ("." + target.filename().string() + "." + std::to_string(::getpid()) + "-" +
                                             std::to_string(counter++) + ".part");
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST) {
            continue;
        }
        if (fd < 0) {
            return ioError(target, errno);
        }
        if (existing && ::fchmod(fd, existing->st_mode & 07777) != 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(candidate.c_str());
            return ioError(target, error);
        }
        ::close(fd);
        return candidate;
    }
    return fail(ErrorCode::Io, "cannot write " + target.string() + ": no free temporary name beside it");
}

} // namespace

Result<void> writeOutputFile(const fs::path& path, const std::function<Result<void>(std::ostream&)>& write)
{
    if (path == "-") {
        errno = 0;
        return finish(std::cout, "standard output", write(std::cout));
    }
    struct stat status {};
    const bool exists = ::stat(path.c_str(), &status) == 0; // follows symlinks: the file they name counts
    if (!exists && errno != ENOENT) {
        return ioError(path, errno);
    }
    if (exists && S_ISDIR(status.st_mode)) {
        return ioError(path, EISDIR);
    }
    if (exists && !S_ISREG(status.st_mode)) {
        // A device, FIFO or socket: write through, as a shell redirection would.
        std::ofstream out(path, std::ios::binary);
        if (!out) {
            return ioError(path, errno);
        }
        errno = 0;
        return finish(out, path, write(out));
    }
    std::error_code ec;
    fs::path target = path;
    if (fs::is_symlink(path, ec)) {
        target = fs::canonical(path, ec); // replace the file the link names, keep the link
        if (ec) {
            return fail(ErrorCode::Io, "cannot write " + path.string() + ": " + ec.message());
        }
    }
    auto temporary = createTemporary(target, exists ? &status : nullptr);
    if (!temporary) {
        return temporary.error();
    }
    Result<void> done;
    {
        std::ofstream out(*temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            done = ioError(path, errno);
        } else {
            errno = 0;
            done = finish(out, path, write(out));
            out.close();
            if (done && !out) {
                done = ioError(path, errno != 0 ? errno : EIO);
            }
        }
    }
    if (done && ::rename(temporary->c_str(), target.c_str()) != 0) {
        done = ioError(path, errno);
    }
    if (!done) {
        ::unlink(temporary->c_str());
    }
    return done;
}

} // namespace diplograph::core
