#include <gtest/gtest.h>

#include "web/http/guarded_socket.hpp"

namespace motcua::web::detail {
namespace {

TEST(HeadEnd, FindsTheBlankLine) {
  EXPECT_EQ(head_end("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody"), 27u);
  EXPECT_EQ(head_end("GET / HTTP/1.1\nHost: a\n\nbody"), 24u);
  EXPECT_EQ(head_end("GET / HTTP/1.1\r\nHost: a\r\n"), std::string::npos);
}

TEST(HeadFacts, ReadsFraming) {
  const auto facts = head_facts(
      "POST /u HTTP/1.1\r\nHost: a\r\ncontent-LENGTH: 1234\r\nExpect: 100-Continue\r\n\r\n");
  EXPECT_EQ(facts.content_length, 1234u);
  EXPECT_TRUE(facts.expect_continue);
  EXPECT_FALSE(facts.transfer_encoding);
  EXPECT_TRUE(
      head_facts("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").transfer_encoding);
  EXPECT_TRUE(head_facts("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n").bad_length);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n").upgrade);
  EXPECT_FALSE(head_facts("GET / HTTP/1.1\r\n\r\n").content_length);
}

TEST(RebuildHead, RejectMarksAndDropsLength) {
  const std::string head =
      "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\nx-motcua-reject: 200\r\n\r\n";
  EXPECT_EQ(rebuild_head(head, 0), "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\n\r\n");
  EXPECT_EQ(rebuild_head(head, 413), "POST /u HTTP/1.1\r\nHost: a\r\nx-motcua-reject: 413\r\n\r\n");
}

TEST(OversizedHead, KeepsTheRequestLineWhenWhole) {
  EXPECT_EQ(oversized_head("GET /x HTTP/1.1\r\nCookie: aaaa"),
            "GET /x HTTP/1.1\r\nx-motcua-reject: 431\r\n\r\n");
  EXPECT_EQ(oversized_head("GET /xxxxxxxx"), "GET / HTTP/1.1\r\nx-motcua-reject: 431\r\n\r\n");
}

}  // namespace
}  // namespace motcua::web::detail
