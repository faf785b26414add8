#pragma once
#include <memory>
#include <string>

#include "app/ports/store.hpp"

namespace motcua::store::sqlite {

// The embedded store in one file: one writer connection (write transactions take turns on it) and
// a few reader connections that WAL lets run beside the writer.
std::unique_ptr<app::Store> open_sqlite_store(const std::string& path);

}  // namespace motcua::store::sqlite
