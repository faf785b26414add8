// Thumbnails of uploaded images (uploads): keyed by the image's SHA-256, so the same bytes
// uploaded twice share one thumbnail.
#include <optional>

#include "store/sql/transaction.hpp"

namespace motcua::store::sql {

std::optional<std::string> SqlTransaction::find_thumbnail(const std::string& sha256) {
  const auto rows =
      db_.query("SELECT thumbnail_sha256 FROM file_thumbnails WHERE sha256 = $1", {sha256});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

void SqlTransaction::put_thumbnail(const std::string& sha256, const std::string& thumbnail_sha256) {
  db_.exec(
      "INSERT INTO file_thumbnails (sha256, thumbnail_sha256) VALUES ($1, $2) "
      "ON CONFLICT (sha256) DO UPDATE SET thumbnail_sha256 = excluded.thumbnail_sha256",
      {sha256, thumbnail_sha256});
}

}  // namespace motcua::store::sql
