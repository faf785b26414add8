#include "printouts/openssl_handles.hpp"

#include <openssl/err.h>

namespace motcua::printouts {

std::runtime_error openssl_error(const std::string& what) {
  const auto code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return std::runtime_error(what);
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  return std::runtime_error(what + ": " + text);
}

BioHandle memory_reader(const std::string& bytes) {
  BioHandle bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
  if (!bio) throw openssl_error("BIO_new_mem_buf");
  return bio;
}

std::string memory_contents(BIO* bio) {
  char* data = nullptr;
  const long length = BIO_get_mem_data(bio, &data);
  if (length <= 0 || data == nullptr) return {};
  return {data, static_cast<std::size_t>(length)};
}

}  // namespace motcua::printouts
