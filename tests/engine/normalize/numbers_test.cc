#include "engine/normalize/numbers.h"
#include "gtest/gtest.h"
