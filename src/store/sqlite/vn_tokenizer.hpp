#pragma once
#include <sqlite3.h>

namespace motcua::store::sqlite {

// Registers the FTS5 tokenizer `vn` on a connection: unicode61 with remove_diacritics 2, plus the
// fold of đ/Đ to d that unicode61 lacks (đ is a letter of its own, not d with a diacritic), so
// "dang ky" and "Đăng ký" index and query alike. Returns an SQLite result code.
int register_vn_tokenizer(sqlite3* db);

}  // namespace motcua::store::sqlite
