#pragma once
// A QR code as an SVG image, for pages that show one (the two-factor enrolment's secret). Drawn by
// the printouts adapter, which also puts QR codes on the paper forms.
#include <string>
#include <string_view>

namespace motcua::app {

class QrEncoder {
 public:
  virtual ~QrEncoder() = default;
  // A standalone <svg> element with a title, scaled by its container. Throws std::runtime_error
  // when the text is too long for a QR code.
  virtual std::string svg(std::string_view text, std::string_view title) const = 0;
};

}  // namespace motcua::app
