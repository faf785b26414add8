#include "printouts/qr_svg.hpp"

#include "core/text.hpp"
#include "printouts/qr_code.hpp"

namespace motcua::printouts {

// One path of unit squares in module coordinates (the quiet zone included in the viewBox), with
// crisp edges so no viewer blurs neighbouring modules into grey.
std::string SvgQrEncoder::svg(std::string_view text, std::string_view title) const {
  const auto matrix = encode_qr(text);
  const auto span = std::to_string(matrix.span());
  std::string path;
  for (const auto& run : dark_runs(matrix)) {
    const auto length = std::to_string(run.length);
    path += "M" + std::to_string(run.x + kQrQuietZone) + " " +
            std::to_string(run.y + kQrQuietZone) + "h" + length + "v1h-" + length + "z";
  }
  return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )" + span + " " + span +
         R"(" role="img" shape-rendering="crispEdges"><title>)" + core::html_escape(title) +
         R"(</title><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=")" + path +
         R"("/></svg>)";
}

}  // namespace motcua::printouts
