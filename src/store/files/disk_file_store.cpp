#include "store/files/disk_file_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "app/ports/store.hpp"
#include "store/files/content_address.hpp"

namespace motcua::store::files {
namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
  throw app::StoreUnavailable("files: " + what + " " + path.string() + ": " + std::strerror(errno));
}

// Closes a descriptor on every exit.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

void write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", path);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void sync_directory(const std::filesystem::path& dir) {
  Fd handle{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (handle.fd < 0 || ::fsync(handle.fd) != 0) fail("cannot flush folder", dir);
}

int create_file(const std::filesystem::path& path) {
  return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
}

// A name no other writer, thread or process, uses at the same time.
std::filesystem::path temporary_beside(const std::filesystem::path& target) {
  static std::atomic<unsigned long long> counter{0};
  return target.parent_path() / ("." + target.filename().string() + ".tmp." +
                                 std::to_string(::getpid()) + "." + std::to_string(++counter));
}

}  // namespace

// The 256 folders of the first level are made once, at the start, with one flush of the root: a
// folder of the second level then needs only its parent flushed when it is first used.
DiskFileStore::DiskFileStore(std::filesystem::path root) : root_(std::move(root)) {
  std::filesystem::create_directories(root_);
  constexpr std::string_view kHex = "0123456789abcdef";
  for (const char high : kHex) {
    for (const char low : kHex) std::filesystem::create_directory(root_ / std::string{high, low});
  }
  sync_directory(root_);
}

std::filesystem::path DiskFileStore::path_of(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256.substr(2, 2) / sha256;
}

std::string DiskFileStore::put(std::string_view bytes) {
  std::string sha256 = content_address(bytes);
  const auto target = path_of(sha256);
  std::error_code error;
  if (std::filesystem::exists(target, error)) return sha256;  // same name, same bytes

  const auto dir = target.parent_path();
  const auto folder = folder_name(dir);
  if (!is_durable(folder)) {
    std::filesystem::create_directory(dir, error);
    if (error) throw app::StoreUnavailable("files: cannot create " + dir.string());
  }
  const auto temporary = temporary_beside(target);
  write_flushed(temporary, folder, bytes);
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    ::unlink(temporary.c_str());
    fail("cannot rename into", target);
  }
  sync_directory(dir);
  if (!is_durable(folder)) {
    // The folder's own entry must be durable too for the file to be found after a crash; a
    // folder another thread has just made is flushed here as well, not trusted to that thread.
    sync_directory(dir.parent_path());
    const std::lock_guard lock(durable_mutex_);
    durable_folders_.insert(folder);
  }
  return sha256;
}

// `temporary`, in `folder`, holding `bytes` on disk, or nothing left of it.
void DiskFileStore::write_flushed(const std::filesystem::path& temporary, const std::string& folder,
                                  std::string_view bytes) {
  Fd handle{create_file(temporary)};
  if (handle.fd < 0 && errno == ENOENT) {
    // The folder went after this process made it durable: made again, and flushed again.
    forget_durable(folder);
    std::error_code error;
    std::filesystem::create_directory(temporary.parent_path(), error);
    handle.fd = create_file(temporary);
  }
  if (handle.fd < 0) fail("cannot create", temporary);
  try {
    write_all(handle.fd, bytes, temporary);
    if (::fsync(handle.fd) != 0) fail("cannot flush", temporary);
  } catch (...) {
    ::unlink(temporary.c_str());
    throw;
  }
}

std::string DiskFileStore::folder_name(const std::filesystem::path& dir) {
  return dir.parent_path().filename().string() + "/" + dir.filename().string();
}

void DiskFileStore::forget_durable(const std::string& folder) {
  const std::lock_guard lock(durable_mutex_);
  durable_folders_.erase(folder);
}

bool DiskFileStore::is_durable(const std::string& folder) {
  const std::lock_guard lock(durable_mutex_);
  return durable_folders_.contains(folder);
}

std::optional<std::string> DiskFileStore::get(const std::string& sha256) const {
  if (!is_content_address(sha256)) return std::nullopt;  // never let a name walk out of the folder
  std::ifstream in(path_of(sha256), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace motcua::store::files
