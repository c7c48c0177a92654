#!/usr/bin/env node
import "../dist/kith.js";
