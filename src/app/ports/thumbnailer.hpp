#pragma once
// Small previews of uploaded images, drawn by an adapter (printouts) so the use cases stay free of
// image libraries.
#include <optional>
#include <string>
#include <string_view>

namespace motcua::app {

class Thumbnailer {
 public:
  virtual ~Thumbnailer() = default;
  // A PNG whose longer side is at most `max_side` pixels, or nothing when `bytes` are not a JPEG or
  // PNG image that decodes (a PDF gets the page's document icon instead).
  virtual std::optional<std::string> thumbnail(std::string_view bytes, int max_side) const = 0;
};

}  // namespace motcua::app
