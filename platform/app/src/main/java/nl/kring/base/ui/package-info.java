/** The application layout and small UI helpers shared by every feature's views. */
@org.springframework.modulith.NamedInterface("ui")
package nl.kring.base.ui;
