#pragma once
// SHA-256 (FIPS 180-4) in the standard library only, so the event chain stays in the pure core.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace motcua::core {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::array<std::uint8_t, 32> finish();

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::uint64_t length_ = 0;
  std::size_t buffered_ = 0;
};

std::string sha256_hex(std::string_view data);

// Bytes as lowercase hexadecimal, as digests are written everywhere.
std::string hex_of(const unsigned char* bytes, std::size_t size);

}  // namespace motcua::core
