namespace Semillero.Demo;

// Common Mexican names, most frequent first (order drives the sampling weight). Compiled from the
// usual RENAPO/INEGI frequency rankings, with more recent names mixed in because the program's
// participants are mostly young.
internal static class DemoNames
{
    public static readonly string[] Female =
    [
        "María Guadalupe", "María Fernanda", "Guadalupe", "Daniela", "Alejandra", "Mariana", "Andrea", "Verónica",
        "Gabriela", "Ana María", "Valeria", "Juana", "Patricia", "Fernanda", "Margarita", "Sofía",
        "Adriana", "Leticia", "Ximena", "Karla", "Rosa María", "Camila", "Elizabeth", "Diana",
        "María José", "Claudia", "Laura", "Valentina", "Silvia", "Paola", "Martha", "Araceli",
        "Sandra", "Jimena", "Regina", "Natalia", "Karen", "María Elena", "Mónica", "Yolanda",
        "Teresa", "Rocío", "Brenda", "Itzel", "Alondra", "Renata", "Montserrat", "Jessica",
        "Francisca", "Josefina", "María de Jesús", "Norma", "Alicia", "Ana Karen", "Lizbeth", "Carolina",
        "Abril", "Ángela", "Lucía", "Isabella", "Victoria", "Miranda", "Dulce María", "Elena",
        "Beatriz", "Irma", "Lorena", "Cristina", "Esmeralda", "Erika", "Liliana", "Nancy",
        "Cecilia", "Susana", "Angélica", "Blanca Estela", "Luz María", "Estefanía", "Paulina", "Vanessa",
        "Yesenia", "Maribel", "Isabel", "Carmen", "Citlali", "Xóchitl", "Ma. del Carmen", "Concepción",
    ];

    public static readonly string[] Male =
    [
        "José Luis", "Juan", "Miguel Ángel", "Luis", "Jesús", "Alejandro", "Daniel", "Juan Carlos",
        "Francisco", "José", "Carlos", "Fernando", "Jorge", "Eduardo", "Ángel", "Santiago",
        "Diego", "Antonio", "Ricardo", "Manuel", "Roberto", "Javier", "Sebastián", "Emiliano",
        "José Antonio", "Luis Ángel", "Pedro", "Mario", "Sergio", "Arturo", "Rafael", "Raúl",
        "Martín", "Juan Manuel", "Víctor Manuel", "Leonardo", "Mateo", "Gael", "Iker", "Matías",
        "Gerardo", "Enrique", "Héctor", "Óscar", "Alberto", "David", "Andrés", "Kevin",
        "Brandon", "Alan", "Emmanuel", "Ulises", "Iván", "Adrián", "Omar", "Rodrigo",
        "Gustavo", "Hugo", "Pablo", "Ernesto", "Armando", "Guillermo", "Alfredo", "Ramón",
        "Salvador", "Joel", "Felipe", "Rubén", "Ignacio", "Gabriel", "Cristian", "Erick",
        "Jonathan", "Isaac", "Abraham", "Samuel", "Joaquín", "Tomás", "Israel", "Marco Antonio",
        "Jesús Alberto", "Luis Fernando", "Juan Pablo", "Christopher", "Axel", "Aarón", "Benjamín", "Cuauhtémoc",
    ];

    // Includes compound and particle surnames ("De la Cruz", "Ponce de León") and Maya surnames
    // common in the Yucatán peninsula, which exercise the short-surname CURP/RFC rules.
    public static readonly string[] Surnames =
    [
        "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
        "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez",
        "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno",
        "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos",
        "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz",
        "Rojas", "De la Cruz", "Contreras", "Salazar", "Luna", "Ortega", "Santiago", "Guerrero",
        "Bautista", "Estrada", "Cortés", "Soto", "Alvarado", "Espinoza", "Lara", "Ávila",
        "Ríos", "Cervantes", "Silva", "Delgado", "Vega", "Márquez", "Sandoval", "Fernández",
        "León", "Carrillo", "Mejía", "Solís", "Núñez", "Rosas", "Valdez", "Ibarra",
        "Campos", "Santos", "Camacho", "Navarro", "Peña", "Maldonado", "Rosales", "Acosta",
        "Miranda", "Trejo", "Valencia", "Nava", "Pacheco", "Huerta", "Padilla", "Molina",
        "Escobar", "Cabrera", "Robles", "Orozco", "Fuentes", "Meza", "Montes", "Zúñiga",
        "Aguirre", "Rangel", "Cárdenas", "Salinas", "Ochoa", "Gallegos", "Velasco", "Lozano",
        "Becerra", "Marín", "Serrano", "Macías", "Zamora", "Cano", "Barrera", "Calderón",
        "Vera", "Arellano", "Ponce", "Galván", "Ayala", "Téllez", "Villanueva", "Beltrán",
        "Figueroa", "Tapia", "Osorio", "Duarte", "Olvera", "Sosa", "Benítez", "Mora",
        "Franco", "Bravo", "Quintero", "Aguilera", "Salas", "Ventura", "Villa", "De León",
        "Del Ángel", "De la Rosa", "De los Santos", "Ponce de León", "San Juan", "Montes de Oca", "Díaz de León", "Del Río",
        "Chan", "Pech", "May", "Canul", "Ek", "Uc", "Poot", "Cauich",
    ];
}
