package org.crosscheck.home;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the home's database for whichever front end runs. */
@Configuration(proxyBeanMethods = false)
public class DataConfiguration {

	@Bean
	CrosscheckHome crosscheckHome(@Value("${crosscheck.home:}") String home, @Value("${crosscheck.db:}") String db,
			@Value("${crosscheck.db.user:}") String dbUser, @Value("${crosscheck.db.password:}") String dbPassword) {
		return CrosscheckHome.resolve(home, db, dbUser, dbPassword);
	}

	@Bean
	DataSource dataSource(CrosscheckHome home, @Value("${crosscheck.db.pool-size:4}") int poolSize) {
		// H2's automatic mixed mode opens a TCP server for the other process; it must not listen
		// beyond this machine. H2 reads the setting when its classes load, which is about now.
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(home.jdbcUrl());
		config.setUsername(home.user());
		config.setPassword(home.password());
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(1);
		config.setPoolName("crosscheck");
		return new HikariDataSource(config);
	}

}
