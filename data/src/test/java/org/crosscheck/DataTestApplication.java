package org.crosscheck;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the data module alone for service tests on a real H2 database. */
@SpringBootApplication
public class DataTestApplication {

}
