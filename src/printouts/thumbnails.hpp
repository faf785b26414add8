#pragma once
// The Thumbnailer port: JPEG decoded with libjpeg (scaled while decoding, so a 12-megapixel photo
// never lands in memory at full size), PNG with cairo, the preview drawn and written as PNG by
// cairo. Holds no state: one instance serves every worker thread.
#include <optional>
#include <string>
#include <string_view>

#include "app/ports/thumbnailer.hpp"

namespace motcua::printouts {

// Images larger than this are not decoded at all (a small file may declare a huge canvas).
inline constexpr long long kMaxThumbnailSourcePixels = 50LL * 1000 * 1000;

class CairoThumbnailer final : public app::Thumbnailer {
 public:
  std::optional<std::string> thumbnail(std::string_view bytes, int max_side) const override;
};

}  // namespace motcua::printouts
