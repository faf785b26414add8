// The audit export as a spreadsheet reads it: quoted cells, quotes doubled, and no cell that a
// spreadsheet would run as a formula.
#include <gtest/gtest.h>

#include "web/audit_query.hpp"

namespace motcua::web {
namespace {

TEST(AuditCsv, QuotesEveryCellAndNeutralisesFormulas) {
  app::AuditEntry entry;
  entry.id = 7;
  entry.actor = "quantri";
  entry.action = "procedure_version";
  entry.target = "=HYPERLINK(\"x\")";
  entry.detail = "-1+1";
  entry.ip = "@evil";
  const auto csv = audit_csv({entry});
  EXPECT_EQ(csv.rfind("id,at,actor,action,target,detail,ip\r\n", 0), 0U);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"'-1+1\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"'@evil\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("7,\""), std::string::npos) << csv;
}

}  // namespace
}  // namespace motcua::web
