#pragma once
// A core header that includes the HTTP layer: the layer check must reject it.
#include "web/http/server.hpp"
