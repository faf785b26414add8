#pragma once
// A procedure as the national procedure database (CSDLQG TTHC) publishes it, read from the
// national portal's catalog (requirements §9.2): only what the local catalog is compared with and
// what administrators need to recognise it.
#include <string>
#include <vector>

namespace motcua::core {

struct NationalSector {
  std::string code;  // MALINHVUC
  std::string name;  // TENLINHVUC
};

// THOIGIAN of one channel (CACHTHUCTHUCHIEN.KENH: 1 counter, 2 online, 3 post), as published.
struct NationalDuration {
  int channel = 0;
  std::string value;  // THOIGIANGIAIQUYET, e.g. "1", "0,5"
  std::string unit;   // DONVITINH, e.g. "Ngày làm việc"
};

struct NationalProcedure {
  std::string code;  // MATTHC
  std::string name;  // TENTTHC
  std::vector<NationalSector> sectors;
  std::vector<std::string> agencies;  // COQUANTHUCHIEN.TENDONVI
  std::vector<NationalDuration> durations;
  std::vector<long long> fees_vnd;  // PHILEPHI.SOTIEN of every channel
};

}  // namespace motcua::core
