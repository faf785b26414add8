// The digest a citizen's signature covers: the same dossier always gives the same digest, and any
// change to the procedure, the answers or the files gives another.
#include "core/declaration.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(DeclarationDigest, DoesNotDependOnTheOrderOfTheFiles) {
  EXPECT_EQ(declaration_digest("1.001", R"({"a":1})", {"aa", "bb"}),
            declaration_digest("1.001", R"({"a":1})", {"bb", "aa"}));
}

TEST(DeclarationDigest, ChangesWithEveryPartOfTheDeclaration) {
  const auto base = declaration_digest("1.001", R"({"a":1})", {"aa"});
  EXPECT_EQ(base.size(), 64U);
  EXPECT_NE(base, declaration_digest("1.002", R"({"a":1})", {"aa"}));
  EXPECT_NE(base, declaration_digest("1.001", R"({"a":2})", {"aa"}));
  EXPECT_NE(base, declaration_digest("1.001", R"({"a":1})", {"aa", "cc"}));
  EXPECT_NE(base, declaration_digest("1.001", R"({"a":1})", {}));
}

TEST(DeclarationDigest, PartsCannotBeShiftedIntoOneAnother) {
  EXPECT_NE(declaration_digest("1.001", "x", {"y"}), declaration_digest("1.001", "x\ny", {}));
}

TEST(SignatureCovers, OnlyTheDigestThatWasSigned) {
  EXPECT_TRUE(signature_covers("abc", "abc"));
  EXPECT_FALSE(signature_covers("abc", "abd"));
  EXPECT_FALSE(signature_covers("", ""));
}

}  // namespace
}  // namespace motcua::core
