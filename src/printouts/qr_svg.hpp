#pragma once
// QR codes as SVG for web pages, from the same encoder as the printed forms.
#include "app/ports/qr_encoder.hpp"

namespace motcua::printouts {

class SvgQrEncoder final : public app::QrEncoder {
 public:
  std::string svg(std::string_view text, std::string_view title) const override;
};

}  // namespace motcua::printouts
