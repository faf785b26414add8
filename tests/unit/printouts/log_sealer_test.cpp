// The message log's seals: a seal verifies over the head it signed and nothing else, and only
// under the province's own root.
#include "printouts/log_sealer.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace motcua::printouts {
namespace {

using fixtures::TempDir;

class YesterdayClock final : public app::Clock {
 public:
  // Certificates are checked against the real clock: issue them from yesterday.
  core::Instant now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) -
           std::chrono::hours(24);
  }
};

const std::string kHead(64, 'a');

TEST(LogSealer, ASealVerifiesOverTheHeadItSigned) {
  TempDir dir;
  const YesterdayClock clock;
  const UnitKeyring keyring(dir.path() / "keys", "UBND tỉnh Minh An");
  const KeyringLogSealer sealer(keyring, clock);
  const auto seal = sealer.seal(kHead);
  EXPECT_TRUE(keyring.has(kLogSealKey)) << "the key is issued at the first seal";
  EXPECT_TRUE(sealer.verify(kHead, seal));
  EXPECT_FALSE(sealer.verify(std::string(64, 'b'), seal)) << "another head";
  EXPECT_FALSE(sealer.verify(kHead, "")) << "no seal";
  EXPECT_FALSE(sealer.verify(kHead, "bm90IGEgc2lnbmF0dXJl")) << "base64, not a signature";
  EXPECT_FALSE(sealer.verify(kHead, "%%%%")) << "not base64";
}

TEST(LogSealer, ASealOfAnotherProvinceDoesNotVerify) {
  TempDir ours_dir;
  TempDir theirs_dir;
  const YesterdayClock clock;
  const UnitKeyring ours(ours_dir.path() / "keys", "UBND tỉnh Minh An");
  const UnitKeyring theirs(theirs_dir.path() / "keys", "UBND tỉnh Khác");
  const KeyringLogSealer our_sealer(ours, clock);
  const KeyringLogSealer their_sealer(theirs, clock);
  (void)our_sealer.seal(kHead);  // our root exists
  EXPECT_FALSE(our_sealer.verify(kHead, their_sealer.seal(kHead)));
}

}  // namespace
}  // namespace motcua::printouts
