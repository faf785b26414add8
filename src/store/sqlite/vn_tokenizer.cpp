#include "store/sqlite/vn_tokenizer.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::store::sqlite {
namespace {

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

struct VnTokenizer {
  fts5_tokenizer inner{};
  Fts5Tokenizer* instance = nullptr;
};

// unicode61 has already lower-cased, so only đ (U+0111, C4 91) can remain; Đ (C4 90) is folded
// too in case a caller passes text that bypassed case folding.
bool fold_d(std::string_view token, std::string& out) {
  out.clear();
  bool changed = false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '\xC4' && i + 1 < token.size() &&
        (token[i + 1] == '\x91' || token[i + 1] == '\x90')) {
      out += 'd';
      ++i;
      changed = true;
    } else {
      out += token[i];
    }
  }
  return changed;
}

struct Forward {
  void* context;
  TokenCallback emit;
  std::string buffer;
};

int forward_token(void* context, int flags, const char* token, int size, int start, int end) {
  auto* forward = static_cast<Forward*>(context);
  if (!fold_d(std::string_view(token, static_cast<std::size_t>(size)), forward->buffer))
    return forward->emit(forward->context, flags, token, size, start, end);
  return forward->emit(forward->context, flags, forward->buffer.data(),
                       static_cast<int>(forward->buffer.size()), start, end);
}

int vn_create(void* api_ptr, const char** args, int arg_count, Fts5Tokenizer** out) {
  auto* api = static_cast<fts5_api*>(api_ptr);
  auto tokenizer = std::make_unique<VnTokenizer>();
  void* inner_context = nullptr;
  int rc = api->xFindTokenizer(api, "unicode61", &inner_context, &tokenizer->inner);
  if (rc != SQLITE_OK) return rc;
  // Our options first; any given in the table definition come after and win.
  std::vector<const char*> inner_args{"remove_diacritics", "2"};
  inner_args.insert(inner_args.end(), args, args + arg_count);
  rc = tokenizer->inner.xCreate(inner_context, inner_args.data(),
                                static_cast<int>(inner_args.size()), &tokenizer->instance);
  if (rc != SQLITE_OK) return rc;
  *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer.release());
  return SQLITE_OK;
}

void vn_delete(Fts5Tokenizer* handle) {
  std::unique_ptr<VnTokenizer> tokenizer(reinterpret_cast<VnTokenizer*>(handle));
  if (tokenizer->instance) tokenizer->inner.xDelete(tokenizer->instance);
}

int vn_tokenize(Fts5Tokenizer* handle, void* context, int flags, const char* text, int size,
                TokenCallback emit) {
  auto* tokenizer = reinterpret_cast<VnTokenizer*>(handle);
  Forward forward{context, emit, {}};
  return tokenizer->inner.xTokenize(tokenizer->instance, &forward, flags, text, size,
                                    forward_token);
}

fts5_api* fts5_api_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  return api;
}

}  // namespace

int register_vn_tokenizer(sqlite3* db) {
  fts5_api* api = fts5_api_of(db);
  if (!api) return SQLITE_ERROR;
  static fts5_tokenizer vn{vn_create, vn_delete, vn_tokenize};
  return api->xCreateTokenizer(api, "vn", api, &vn, nullptr);
}

}  // namespace motcua::store::sqlite
