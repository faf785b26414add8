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

// A name no other writer, thread or process, uses at the same time.
std::filesystem::path temporary_beside(const std::filesystem::path& target) {
  static std::atomic<unsigned long long> counter{0};
  return target.parent_path() / ("." + target.filename().string() + ".tmp." +
                                 std::to_string(::getpid()) + "." + std::to_string(++counter));
}

}  // namespace

DiskFileStore::DiskFileStore(std::filesystem::path root) : root_(std::move(root)) {
  std::filesystem::create_directories(root_);
}

std::filesystem::path DiskFileStore::path_of(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256.substr(2, 2) / sha256;
}

std::string DiskFileStore::put(std::string_view bytes) {
  const std::string sha256 = content_address(bytes);
  const auto target = path_of(sha256);
  std::error_code error;
  if (std::filesystem::exists(target, error)) return sha256;  // same name, same bytes

  const auto dir = target.parent_path();
  std::filesystem::create_directories(dir, error);
  if (error) throw app::StoreUnavailable("files: cannot create " + dir.string());
  const auto temporary = temporary_beside(target);
  {
    Fd handle{::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640)};
    if (handle.fd < 0) fail("cannot create", temporary);
    try {
      write_all(handle.fd, bytes, temporary);
      if (::fsync(handle.fd) != 0) fail("cannot flush", temporary);
    } catch (...) {
      ::unlink(temporary.c_str());
      throw;
    }
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    ::unlink(temporary.c_str());
    fail("cannot rename into", target);
  }
  sync_directory(dir);
  make_durable(dir);
  return sha256;
}

void DiskFileStore::make_durable(const std::filesystem::path& dir) {
  const auto name = dir.parent_path().filename().string() + "/" + dir.filename().string();
  {
    const std::lock_guard lock(durable_mutex_);
    if (durable_folders_.contains(name)) return;
  }
  // The two levels of folders must be durable too for the entry to be found after a crash; a
  // folder another thread has just made is flushed here as well, not trusted to that thread.
  sync_directory(dir.parent_path());
  sync_directory(root_);
  const std::lock_guard lock(durable_mutex_);
  durable_folders_.insert(name);
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
